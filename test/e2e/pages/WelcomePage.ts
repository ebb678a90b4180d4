import { expect, type Locator, type Page, type TestInfo } from '@playwright/test'
import { takeScreenshot } from './screenshot'

interface HasUrl {
  readonly url: string
}

/** The first-launch page: a demo workspace or an empty one. */
export class WelcomePage {
  readonly root: Locator
  readonly demoCard: Locator
  readonly emptyCard: Locator

  constructor(
    readonly page: Page,
    private readonly workbench: HasUrl
  ) {
    this.root = page.getByTestId('welcome')
    this.demoCard = page.getByTestId('welcome-demo')
    this.emptyCard = page.getByTestId('welcome-empty')
  }

  /** Opens the workbench's address (with its token) as a user would from the printed line. */
  async open(): Promise<void> {
    await this.page.goto(this.workbench.url)
    await expect(this.root).toBeVisible()
  }

  /** Chooses the demo workspace and waits for the page it lands on, the home page 工作台首页. */
  async chooseDemo(): Promise<void> {
    await this.demoCard.click()
    await expect(this.page.getByTestId('home-page')).toBeVisible()
  }

  /** Goes to the Accounts page by its navigation item and waits until the grid shows its rows. */
  async goToAccounts(): Promise<void> {
    await this.page.getByTestId('nav-accounts').click()
    await expect(this.page.getByTestId('accounts-page')).toBeVisible()
    await expect(this.page.locator('[data-testid=accounts-grid] .ag-row[row-id="1"]')).toBeVisible()
  }

  /**
   * The usual start of a test: first launch, the demo workspace, then the Accounts page (most
   * specs are about accounts; the others open their own page from there).
   */
  async openDemoWorkspace(): Promise<void> {
    await this.open()
    await this.chooseDemo()
    await this.goToAccounts()
  }

  screenshot(testInfo: TestInfo, name: string): Promise<string> {
    return takeScreenshot(this.page, testInfo, name)
  }
}
