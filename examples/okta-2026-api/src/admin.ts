// Admin tasks run at deployment (okta-sdk-nodejs 8.x and the REST API).
import okta from '@okta/okta-sdk-nodejs';

const orgUrl = process.env.OKTA_ORG_URL!;
const headers = { Authorization: `SSWS ${process.env.OKTA_API_TOKEN}`, 'Content-Type': 'application/json' };
const client = new okta.Client({ orgUrl, token: process.env.OKTA_API_TOKEN });

/** Send Okta's emails through Microsoft 365 with OAuth 2.0 client credentials. */
export async function configureEmail(tenantId: string): Promise<void> {
  await client.emailServerApi.createEmailServer({
    emailServerPost: {
      alias: 'Microsoft 365',
      enabled: true,
      host: 'smtp.office365.com',
      port: 587,
      username: 'noreply@acme.example',
      authType: 'OAUTH2_CLIENT_CREDENTIALS',
      clientId: process.env.SMTP_CLIENT_ID,
      clientSecret: process.env.SMTP_CLIENT_SECRET,
      tokenEndpoint: `https://login.microsoftonline.com/${tenantId}/oauth2/v2.0/token`,
      tokenEndpointAuthMethod: 'CLIENT_SECRET_POST',
      scopes: ['https://outlook.office.com/.default'],
    } as never,
  });
}

/** The customer's organization, kept on the user profile. */
export async function addOrganizationAttribute(): Promise<void> {
  await client.schemaApi.updateUserProfile({
    schemaId: 'default',
    userSchema: {
      definitions: {
        custom: {
          id: '#custom',
          type: 'object',
          properties: {
            orgId: { title: 'Organization', type: 'string' },
            costCenter: { title: 'Cost center', type: 'string' },
          },
          required: ['orgId'],
        },
      },
    },
  });
}

/** Our own Twilio account for SMS and voice. */
export async function connectTwilio(): Promise<void> {
  await fetch(`${orgUrl}/api/v1/telephony-providers`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      providerName: 'TWILIO',
      providerCapability: 'SMS',
      providerSid: process.env.TWILIO_ACCOUNT_SID,
      providerAuthToken: process.env.TWILIO_AUTH_TOKEN,
      providerSettings: {
        sms: { twilioCallerId: '+15550100' },
        call: { twilioPhoneNumber: '+15550100', twilioVerifySid: process.env.TWILIO_VERIFY_SID },
      },
    }),
  });
}

/** One employee from the HR system, through the Anything-as-a-Source API. */
export async function importEmployee(identitySourceId: string, employee: { id: string; email: string; number: number }): Promise<void> {
  await client.identitySourceApi.createIdentitySourceUser({
    identitySourceId,
    userRequestSchema: {
      externalId: employee.id,
      profile: { email: employee.email, userName: employee.email, employeeNumber: 4217, isContractor: false } as never,
    },
  });
}
