/** Where the comms team's report gets its figures from the intake: a signed GET, like the hub's collection. */
export const COMMS_INSIGHT_PATH = '/api/comms/insight';
