import"./usePageTitle-atKqKR4V.js";var e=`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    expiresAt
  }
}
    `,t=`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    success
  }
}
    `;export{t as n,e as t};