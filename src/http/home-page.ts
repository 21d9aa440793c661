/** The page at `/` when no web app build is present: what Rebound is and how to reach it. */
export function renderHomePage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rebound</title>
<style>
  body { font: 16px/1.55 system-ui, sans-serif; max-width: 44rem; margin: 3rem auto; padding: 0 1.25rem; color: #1f2933; }
  code, pre { font: 14px ui-monospace, monospace; background: #f1f5f9; border-radius: 4px; }
  code { padding: 0.1rem 0.3rem; } pre { padding: 0.75rem 1rem; overflow-x: auto; }
  @media (prefers-color-scheme: dark) { body { background: #111827; color: #e5e7eb; } code, pre { background: #1f2937; } a { color: #93c5fd; } }
</style>
</head>
<body>
<main>
<h1>Rebound</h1>
<p>Rebound turns a job rejection into the start of the next opportunity: reflect on what happened,
ask for feedback, send a gracious thank-you, keep the recruiter as a contact, and learn across
many rejections. Everything stays on this machine.</p>
<h2>The API</h2>
<p>The JSON API lives under <code>/api</code>. Its full description is at
<a href="/api/openapi.json"><code>/api/openapi.json</code></a>.</p>
<pre>curl -X POST http://127.0.0.1:4177/api/applications \\
  -H 'Content-Type: application/json' \\
  -d '{"company":"Acme","role":"Data Analyst"}'</pre>
<h2>The command line</h2>
<pre>bin/rebound add --company Acme --role "Data Analyst"
bin/rebound list --stage interview
bin/rebound demo        # a sample workspace to explore
bin/rebound --help</pre>
</main>
</body>
</html>`;
}
