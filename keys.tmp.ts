import { PGlite } from "@electric-sql/pglite";
const db = new PGlite("/tmp/d1");
console.log((await db.query(`select key, count from "RateLimit"`)).rows);
