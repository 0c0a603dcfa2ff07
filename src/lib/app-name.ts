/** The product's name: the end of every tab title, the PDFs' creator, the sign-in mails' sender name. */
export const APP_NAME = "MLOps maturity";
