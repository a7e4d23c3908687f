/**
 * Where one of the intake's routes is, from the referral form's endpoint in settings (`referral.endpoint`): a path
 * such as `/api/referrals` means the intake is on this site, so the route is the path itself; a full address means
 * the intake is on a host of its own, so the route is on that host. Build time only.
 */
export function besideIntake(referralEndpoint: string, routePath: string): string {
  return URL.canParse(referralEndpoint) ? new URL(routePath, referralEndpoint).href : routePath;
}
