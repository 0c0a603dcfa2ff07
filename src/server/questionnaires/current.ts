/** The questionnaire new assessments are taken with (its newest version). */
export const CURRENT_QUESTIONNAIRE_ID = "mlops-maturity";
