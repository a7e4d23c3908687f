import { describe, expect, it } from 'vitest';
import { feedbackEndpoint } from './feedback-endpoint.ts';

describe('where page feedback is sent', () => {
  it('goes to /api/feedback on this site when the intake is beside it', () => {
    expect(feedbackEndpoint('/api/referrals')).toBe('/api/feedback');
    expect(feedbackEndpoint('/api/referrals/')).toBe('/api/feedback');
  });

  it('goes to /api/feedback on the intake’s own host when it has one', () => {
    expect(feedbackEndpoint('https://intake.victimsfirst.example/api/referrals')).toBe(
      'https://intake.victimsfirst.example/api/feedback',
    );
    expect(feedbackEndpoint('https://hub.example:8443/receive/here')).toBe('https://hub.example:8443/api/feedback');
  });
});
