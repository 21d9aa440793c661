/**
 * A browser's trip through a test OpenID Connect provider's development sign-in pages: follows
 * redirects, keeps the provider's cookies, signs in as `subject` and agrees to share what is
 * asked, and stops at the first address under `redirectUri` — the answer to hand back to the
 * app. Fails loudly on anything else.
 */
export async function signInAtProvider(
  authorizationUrl: string,
  options: { subject: string; redirectUri: string },
): Promise<URL> {
  const jar = new Map<string, string>();
  let next = new URL(authorizationUrl);
  let form: URLSearchParams | undefined;
  for (let hop = 0; hop < 20; hop += 1) {
    if (next.href.startsWith(options.redirectUri)) return next;
    const headers: Record<string, string> = {
      cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
    };
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(next, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers,
      ...(form && { body: form.toString() }),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    form = undefined;
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      await response.arrayBuffer();
      next = new URL(location, next);
      continue;
    }
    const page = await response.text();
    const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    if (response.status !== 200 || prompt === undefined || action === undefined) {
      throw new Error(`the provider answered ${response.status} at ${next.href}: ${page}`);
    }
    next = new URL(action.replaceAll('&amp;', '&'), next);
    form = new URLSearchParams(
      prompt === 'login'
        ? { prompt, login: options.subject, password: 'any password works here' }
        : { prompt },
    );
  }
  throw new Error('the provider kept redirecting');
}
