// End-to-end test of the Acme portal's sign-in (Okta-hosted Sign-In Widget).
import { expect, test } from '@playwright/test';

test('a user enrolls a security key', async ({ page }) => {
  await page.goto('https://portal.acme.example');
  await page.getByRole('link', { name: 'Set up security key or biometric authenticator' }).click();
  await expect(page.getByText('Security Key or Biometric Authenticator')).toBeVisible();
});
