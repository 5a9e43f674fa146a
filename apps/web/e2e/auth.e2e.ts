import { JOHNDOE, aNewUser, unique } from './support/api';
import { usePage, webUrl } from './support/browser';
import { eventually } from './support/eventually';

describe('signing up, in and out', () => {
  const browserPage = usePage();

  it('signs a new user up and brings them home signed in', async () => {
    const page = browserPage();
    const username = unique('newbie');
    await page.goto(webUrl('/register'));

    await page.fill('input[name=username]', username);
    await page.fill('input[name=email]', `${username}@example.com`);
    await page.fill('input[name=password]', 'password123');
    await page.click('button[type=submit]');

    await page.waitForURL(webUrl('/'));
    await page.locator('nav .nav-link', { hasText: username }).waitFor();
    await eventually(async () =>
      expect(await page.evaluate(() => window.__conduit_debug__?.getAuthState())).toBe(
        'authenticated',
      ),
    );
  });

  it('says when an email is already taken', async () => {
    const page = browserPage();
    const existing = await aNewUser();
    await page.goto(webUrl('/register'));

    await page.fill('input[name=username]', unique('other'));
    await page.fill('input[name=email]', existing.email);
    await page.fill('input[name=password]', 'password123');
    await page.click('button[type=submit]');

    await expectErrors(page, ['email has already been taken']);
  });

  it('signs johndoe in, then out from the settings page', async () => {
    const page = browserPage();
    await page.goto(webUrl('/login'));

    await page.fill('input[name=email]', JOHNDOE.email);
    await page.fill('input[name=password]', JOHNDOE.password);
    await page.click('button[type=submit]');
    await page.waitForURL(webUrl('/'));
    await page.click('nav a[href="/settings"]');
    await page.click('button.btn-outline-danger');

    await page.locator('nav .nav-link', { hasText: 'Sign in' }).waitFor();
    await page.waitForURL(webUrl('/'));
    await eventually(async () =>
      expect(await page.evaluate(() => localStorage.getItem('jwtToken'))).toBeNull(),
    );
  });

  it('says the credentials are invalid for a wrong password', async () => {
    const page = browserPage();
    await page.goto(webUrl('/login'));

    await page.fill('input[name=email]', JOHNDOE.email);
    await page.fill('input[name=password]', 'not the password');
    await page.click('button[type=submit]');

    await expectErrors(page, ['credentials invalid']);
  });

  it("lists the contract's messages for an empty form", async () => {
    const page = browserPage();
    await page.goto(webUrl('/login'));

    await page.click('button[type=submit]');

    await expectErrors(page, ["email can't be blank", "password can't be blank"]);
  });

  it('sends a guest who opens the settings to /login', async () => {
    const page = browserPage();
    await page.goto(webUrl('/settings'));

    await page.locator('h1', { hasText: 'Sign in' }).waitFor();
    await page.waitForURL(webUrl('/login'));
  });
});

async function expectErrors(page: import('playwright-core').Page, messages: string[]) {
  const items = page.locator('ul.error-messages li');
  await eventually(async () => expect(await items.allTextContents()).toEqual(messages));
}
