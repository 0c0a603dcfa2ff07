import { QuestionnaireError } from "@/domain/questionnaire/assemble";
import { listQuestionnaireFolders, loadQuestionnaireFolder } from "@/server/questionnaires/files";

/**
 * `npm run questionnaires:check`: validates every questionnaire version under QUESTIONNAIRES_DIR
 * and prints each problem with its file, path and message (the same checks the app runs at start).
 */
let failed = false;
for (const folder of listQuestionnaireFolders()) {
  try {
    const questionnaire = loadQuestionnaireFolder(folder);
    const questions = questionnaire.objects.reduce((n, o) => n + o.questions.length, 0);
    console.log(`ok ${questionnaire.id} v${questionnaire.version}: ${questions} scored questions`);
  } catch (error) {
    failed = true;
    if (!(error instanceof QuestionnaireError)) throw error;
    console.log(`${error.issues.length} problem(s):`);
    for (const issue of error.issues)
      console.log(`  ${issue.file}: ${issue.path || "(top level)"}: ${issue.message}`);
  }
}
process.exit(failed ? 1 : 0);
