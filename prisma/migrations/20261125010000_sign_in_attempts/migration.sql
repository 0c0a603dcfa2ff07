-- Sign-in attempts per e-mail address, for the per-account lock (see src/server/auth/sign-in-throttle.ts).

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "email" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastAttemptAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("email")
);

