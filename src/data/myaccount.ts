/**
 * MyAccount API endpoints some rules look for (normalized paths). `GET …/password/complexity-requirements`
 * (`getPasswordRequirements`) returned HTML-escaped text until the 2026.01.1 fix (OKTA-1080153).
 */
export const passwordComplexityRequirementsPath = /\/idp\/myaccount\/password\/complexity-requirements$/;
