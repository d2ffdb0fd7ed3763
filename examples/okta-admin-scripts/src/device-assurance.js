// Device assurance policies, created with the REST API (the SDK drops fields it does not know).
const orgUrl = process.env.OKTA_ORG_URL;
const headers = { Authorization: `SSWS ${process.env.OKTA_API_TOKEN}`, 'Content-Type': 'application/json', Accept: 'application/json' };

async function createAssurance(body) {
  const response = await fetch(`${orgUrl}/api/v1/device-assurances`, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`device assurance ${body.name}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Phones: current OS, and Chrome Device Trust copied over from the desktop policy. */
export async function mobilePolicies() {
  await fetch(`${orgUrl}/api/v1/device-assurances`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      name: 'Android phones',
      platform: 'ANDROID',
      osVersion: { minimum: '14' },
      thirdPartySignalProviders: {
        dtc: { browserVersion: { minimum: '120.0.0.0' } },
      },
    }),
  });
  await fetch(`${orgUrl}/api/v1/device-assurances`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      name: 'iPhones',
      platform: 'IOS',
      osVersion: {
        minimum: '17.0.0',
        dynamicVersionRequirement: { type: 'EXACT_ANY_SUPPORTED', distanceFromLatestMajor: 1 },
      },
      gracePeriod: { type: 'BY_DURATION', expiry: '2026-06-30T00:00:00Z' },
    }),
  });
}

/** Desktops: Chrome Device Trust is right here (the API has it for Windows, macOS and ChromeOS). */
export async function desktopPolicies(platform) {
  const chromeSignals = { browserVersion: { minimum: '120.0.0.0' }, osFirewall: true };
  await createAssurance({ name: 'Macs', platform: 'MACOS', thirdPartySignalProviders: { dtc: chromeSignals } });
  await createAssurance({ name: 'Windows', platform: 'WINDOWS', thirdPartySignalProviders: { dtc: chromeSignals } });
  // The platform comes from the caller: it may be WINDOWS or MACOS.
  await createAssurance({ name: `Chrome on ${platform}`, platform, thirdPartySignalProviders: { dtc: chromeSignals } });
}
