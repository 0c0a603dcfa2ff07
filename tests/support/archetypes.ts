import { ADA, ALAN, GitRepo, GRACE, notebook } from "./git-repo";

/**
 * Four kinds of ML team repository, built as real git repositories, and a scaffolded template:
 * what a scanner meets in practice. Each carries the traps the scanner must not fall into (keywords
 * in comments and markdown, empty files, configuration that nothing runs).
 */

/** Planted in matched files: no scan output may contain it. */
export const SECRET = "sk-live-7f3c1b9e-DO-NOT-LEAK";

/** Notebooks only: one person, personal paths, pickled models, unpinned installs, no CI, no tests. */
export function notebooksOnly(now: Date): GitRepo {
  const repo = GitRepo.create("notebooks", now);
  repo.commit(ADA, 80, "First exploration", {
    "README.md": "# Churn\n\nOpen the notebooks in Jupyter.\n",
    "explore.ipynb": notebook([
      { markdown: "We should log this with mlflow.start_run() and register_model later." },
      "%pip install scikit-learn pandas xgboost\nimport pandas as pd\n",
      `df = pd.read_csv("/Users/ada/Downloads/churn_export.csv")\ndf.head()\n`,
    ]),
  });
  for (let i = 0; i < 5; i++) {
    repo.commit(ADA, 60 - i * 10, `Model iteration ${i + 1}`, {
      "churn_model.ipynb": notebook([
        "import pandas as pd\nfrom sklearn.ensemble import RandomForestClassifier\nimport joblib\n",
        `# One day: mlflow.start_run() and wandb.init() once we have a server\nAPI_KEY = "${SECRET}"\n`,
        `model = RandomForestClassifier(n_estimators=${100 + i})\nmodel.fit(X_train, y_train)\n`,
        `joblib.dump(model, "model_final_v${i}.pkl")\n`,
      ]),
    });
  }
  // Files present but empty: a CI workflow, a test, DVC and feature store configuration.
  repo.commit(ADA, 5, "Placeholders", {
    ".github/workflows/ci.yml": "",
    "tests/test_model.py": "",
    "tests/__init__.py": "",
    "dvc.yaml": "\n\n",
    "feature_store.yaml": "# project: churn\n# registry: data/registry.db\n",
  });
  return repo;
}

/** Tracked but manual: MLflow tracking and registry, pinned requirements, old tests, drift code nobody schedules, no CI, direct pushes. */
export function trackedManual(now: Date): GitRepo {
  const repo = GitRepo.create("tracked", now);
  repo.commit(GRACE, 500, "Tests for features", {
    "tests/test_features.py":
      "from src.features import add_ratio\n\n\ndef test_ratio_handles_zero():\n    assert add_ratio(1, 0) == 0\n",
  });
  repo.commit(ADA, 85, "Training script", {
    "requirements.txt": "mlflow==2.16.2\nscikit-learn==1.5.2\npandas==2.2.3  # data frames\n",
    "README.md": "# Churn model\n\n```\npip install -r requirements.txt\npython src/train.py\n```\n",
    "src/features.py": "def add_ratio(a, b):\n    return a / b if b else 0\n",
    "src/train.py": [
      '"""Trains the churn model. Later: mlflow.autolog() everywhere."""',
      "import mlflow",
      "from sklearn.linear_model import LogisticRegression",
      "",
      `TOKEN = "${SECRET}"`,
      "",
      "def main(dataset, X, y):",
      '    mlflow.set_experiment("churn")',
      "    with mlflow.start_run():",
      '        mlflow.log_param("C", 1.0)',
      '        mlflow.log_input(dataset, context="training")',
      "        model = LogisticRegression(C=1.0).fit(X, y)",
      '        mlflow.sklearn.log_model(model, "model", registered_model_name="churn")',
      "",
    ].join("\n"),
  });
  for (let i = 0; i < 10; i++) {
    repo.commit(i % 2 === 0 ? ADA : GRACE, 70 - i * 6, `Tune model ${i}`, {
      "src/train.py.params": `C=${i}\n`,
      [`src/experiments/run_${i}.py`]: "import mlflow\n",
    });
  }
  repo.commit(GRACE, 3, "Drift report", {
    "monitoring/drift.py": [
      "from evidently.report import Report",
      "from evidently.metric_preset import DataDriftPreset",
      "",
      "def run(reference, current):",
      "    report = Report(metrics=[DataDriftPreset()])",
      "    report.run(reference_data=reference, current_data=current)",
      "    return report",
      "",
    ].join("\n"),
  });
  return repo;
}

/** CI/CD heavy with ad-hoc data: tests, image builds and gated Helm deploys in GitHub Actions, reviewed merges; data read from an export, empty DVC and feature files. */
export function ciCdAdHocData(now: Date): GitRepo {
  const repo = GitRepo.create("cicd", now);
  repo.commit(ALAN, 200, "Service skeleton", {
    "pyproject.toml":
      '[project]\nname = "scoring"\nversion = "1.0.0"\ndependencies = ["scikit-learn>=1.3", "pandas", "fastapi==0.115.0"]\n',
    Dockerfile: "FROM python:3.12-slim\nCOPY . /app\nRUN pip install /app\n",
    "helm/scoring/Chart.yaml": "apiVersion: v2\nname: scoring\nversion: 0.1.0\n",
    "k8s/deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: scoring\n",
    "dvc.yaml": "",
    "feature_store.yaml": "   \n",
    ".github/workflows/ci.yml": [
      "name: ci",
      "on: [push, pull_request]",
      "jobs:",
      "  test:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: actions/checkout@v4",
      "      - run: pip install -e . && pytest -q",
      "  build:",
      "    runs-on: ubuntu-latest",
      "    needs: test",
      "    steps:",
      "      - uses: docker/build-push-action@v6",
      "        with:",
      "          push: true",
      "          tags: registry.example.com/scoring:${{ github.sha }}",
      "  deploy-staging:",
      "    needs: build",
      "    environment: staging",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - run: helm upgrade --install scoring helm/scoring --set image.tag=${{ github.sha }}",
      "  deploy-production:",
      "    needs: deploy-staging",
      "    environment: production",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - run: helm upgrade --install scoring helm/scoring --set image.tag=${{ github.sha }}",
      "",
    ].join("\n"),
  });
  const people = [ADA, GRACE, ALAN];
  for (let i = 0; i < 8; i++) {
    const author = people[i % 3] ?? ADA;
    const merger = people[(i + 1) % 3] ?? GRACE;
    repo.mergedChange(author, merger, 80 - i * 9, `change-${i}`, {
      "src/scoring/train.py": `import pandas as pd\nfrom sklearn.ensemble import GradientBoostingClassifier\n\ndef train():\n    df = pd.read_csv("exports/latest_${i}.csv")\n    return GradientBoostingClassifier().fit(df.drop(columns="y"), df.y)\n`,
      [`tests/test_train_${i}.py`]:
        "from scoring.train import train\n\n\ndef test_train_runs():\n    assert train is not None\n",
    });
  }
  return repo;
}

/** Mature platform: DVC with a remote, Feast online and offline, Airflow schedules for drift, data checks, retraining and materialisation, GitLab CI with a manual production deploy, model card, locked dependencies. */
export function maturePlatform(now: Date): GitRepo {
  const repo = GitRepo.create("mature", now);
  repo.commit(ADA, 120, "Platform", {
    "pyproject.toml":
      '[tool.poetry]\nname = "churn"\nversion = "2.0.0"\n\n[tool.poetry.dependencies]\npython = "^3.11"\nmlflow = "2.16.2"\nfeast = "0.40.1"\nevidently = "0.4.33"\ngreat-expectations = "1.2.0"\n',
    "poetry.lock": '# generated by poetry\n[[package]]\nname = "mlflow"\nversion = "2.16.2"\n',
    "README.md": "# Churn platform\n\nRun `poetry install` then `dvc repro`.\n",
    ".dvc/config": "[core]\n    remote = storage\n['remote \"storage\"']\n    url = s3://ml-data/churn\n",
    "data/raw.csv.dvc": "outs:\n- md5: 3f2c1a\n  size: 1048576\n  path: raw.csv\n",
    "dvc.yaml":
      "stages:\n  prepare:\n    cmd: python pipelines/prepare.py\n    deps: [data/raw.csv]\n  train:\n    cmd: python pipelines/train.py\n    deps: [data/prepared.parquet]\n",
    "dvc.lock":
      "schema: '2.0'\nstages:\n  train:\n    cmd: python pipelines/train.py\n    deps:\n    - path: data/prepared.parquet\n      md5: 9ab3\n",
    "feature_repo/feature_store.yaml": "project: churn\nregistry: s3://ml-data/registry.db\nprovider: aws\n",
    "feature_repo/features.py":
      'from feast import Entity, FeatureView\n\ncustomer = Entity(name="customer", join_keys=["customer_id"])\n',
    "pipelines/prepare.py":
      "import pandas as pd\n\ndef prepare():\n    return pd.read_parquet('data/raw.parquet')\n",
    "pipelines/train.py": [
      "import mlflow",
      "from feast import FeatureStore",
      "from sklearn.ensemble import RandomForestClassifier",
      "",
      "def train(entity_df):",
      "    mlflow.sklearn.autolog()",
      '    store = FeatureStore(repo_path="feature_repo")',
      "    training = store.get_historical_features(entity_df=entity_df, features=FEATURES).to_df()",
      "    with mlflow.start_run():",
      "        model = RandomForestClassifier().fit(training.drop(columns='y'), training.y)",
      '        mlflow.register_model(f"runs:/{run_id}/model", "churn")',
      "",
    ].join("\n"),
    "serving/app.py":
      "from feast import FeatureStore\nfrom prometheus_client import Histogram\n\nstore = FeatureStore(repo_path='feature_repo')\n\ndef predict(customer_id):\n    return store.get_online_features(features=FEATURES, entity_rows=[{'customer_id': customer_id}])\n",
    "monitoring/drift_report.py":
      "from evidently.report import Report\nfrom evidently.metric_preset import DataDriftPreset\n\ndef run_drift(reference, current):\n    Report(metrics=[DataDriftPreset()]).run(reference_data=reference, current_data=current)\n",
    "dags/monitoring_dag.py": [
      "from airflow import DAG",
      "from airflow.operators.python import PythonOperator",
      "from monitoring.drift_report import run_drift",
      "",
      'with DAG("drift", schedule="@daily") as dag:',
      '    drift = PythonOperator(task_id="drift", python_callable=run_drift)',
      "",
    ].join("\n"),
    "dags/data_quality_dag.py": [
      "from airflow import DAG",
      "from airflow.operators.python import PythonOperator",
      "import great_expectations as gx",
      "",
      "def check():",
      "    context = gx.get_context()",
      '    result = context.run_checkpoint(checkpoint_name="daily_batch")',
      "    if not result.success:",
      '        raise ValueError("batch failed its checks")',
      "",
      'with DAG("data_quality", schedule="0 5 * * *", default_args={"on_failure_callback": notify}) as dag:',
      '    PythonOperator(task_id="check", python_callable=check, on_failure_callback=notify)',
      "",
    ].join("\n"),
    "dags/retrain_dag.py":
      'from airflow import DAG\nfrom airflow.operators.python import PythonOperator\nfrom pipelines.train import train\n\nwith DAG("retrain", schedule="@weekly") as dag:\n    prepare = PythonOperator(task_id="prepare", python_callable=prepare)\n    fit = PythonOperator(task_id="train", python_callable=train)\n    prepare >> fit\n',
    "dags/features_dag.py":
      'from airflow import DAG\nfrom feast import FeatureStore\n\ndef sync():\n    FeatureStore(repo_path=\'feature_repo\').materialize_incremental(end_date=now())\n\nwith DAG("features", schedule="@hourly") as dag:\n    pass\n',
    "tests/test_features.py": "def test_feature_names():\n    assert True\n",
    "tests/integration/test_pipeline.py":
      "def test_pipeline_on_sample():\n    assert run_pipeline(sample=True).rows > 0\n",
    "MODEL_CARD.md":
      "# Churn model\n\n## Intended use\nRetention offers.\n\n## Training data\nSnapshot from DVC.\n\n## Evaluation\nAUC 0.84 on the held-out set.\n\n## Limitations\nNot for new markets.\n\n## Owner\nData science platform team.\n",
    "databricks.yml": "bundle:\n  name: churn\ntargets:\n  prod:\n    mode: production\n",
    ".gitlab-ci.yml": [
      "stages: [test, deploy]",
      "test:",
      "  stage: test",
      "  script:",
      "    - poetry install",
      "    - pytest",
      "deploy-staging:",
      "  stage: deploy",
      "  environment: staging",
      "  script:",
      "    - databricks bundle deploy -t staging",
      "deploy-production:",
      "  stage: deploy",
      "  environment:",
      "    name: production",
      "  when: manual",
      "  script:",
      "    - databricks bundle deploy -t prod",
      "",
    ].join("\n"),
  });
  const people = [ADA, GRACE, ALAN];
  for (let i = 0; i < 6; i++) {
    repo.mergedChange(people[i % 3] ?? ADA, people[(i + 2) % 3] ?? ALAN, 60 - i * 9, `feature-${i}`, {
      [`pipelines/step_${i}.py`]: "import pandas as pd\n",
      [`tests/test_step_${i}.py`]: "def test_step():\n    assert True\n",
    });
  }
  return repo;
}

/** A scaffolded template: monitoring and data-quality configuration and libraries, but nothing calls or schedules them. */
export function scaffoldedTemplate(now: Date): GitRepo {
  const repo = GitRepo.create("template", now);
  repo.commit(ADA, 10, "From the team template", {
    "pyproject.toml":
      '[project]\nname = "new-model"\nversion = "0.0.1"\ndependencies = ["evidently==0.4.33", "great-expectations==1.2.0", "scikit-learn==1.5.2"]\n',
    "monitoring/__init__.py": "",
    "monitoring/evidently_config.yaml": "metrics:\n  - DataDriftPreset\nschedule: daily\n",
    "great_expectations/great_expectations.yml": "config_version: 3.0\ndatasources: {}\n",
    "great_expectations/expectations/churn_suite.json":
      '{"expectation_suite_name": "churn", "expectations": []}\n',
    "src/model.py":
      "from sklearn.linear_model import LogisticRegression\n\n\ndef build():\n    return LogisticRegression()\n",
    "dags/.gitkeep": "",
  });
  return repo;
}
