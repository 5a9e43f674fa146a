import { Injectable } from '@nestjs/common';
import type {
  DemoSwitches,
  ExplainResponse,
  LoggedRequestResponse,
  LoggedStatement,
} from '@conduit/contracts';
import { DemoSwitchboard } from '../common/demo/demo-switchboard.js';
import { NotFound, ValidationFailed } from '../common/errors/domain-errors.js';
import { RecentRequests } from '../common/request-context/recent-requests.js';
import type { RanStatement } from '../common/request-context/request-context.js';
import { DevPanelRepository, ExplainFailed } from './dev-panel.repository.js';
import { isExplainableRead } from './explainable-sql.js';
import { showParameters } from './masked-parameters.js';
import { findSequentialScans, scannedTables } from './sequential-scans.js';

/** What the dev panel shows of a request, what it explains, and the demo switches. */
@Injectable()
export class DevPanelService {
  constructor(
    private readonly recentRequests: RecentRequests,
    private readonly repository: DevPanelRepository,
    private readonly switchboard: DemoSwitchboard,
  ) {}

  /** The request's statements, in order, secrets masked; `NotFound` once it is no longer kept. */
  request(requestId: string): LoggedRequestResponse['request'] {
    const kept = this.recentRequests.find(requestId);
    if (!kept) throw new NotFound('request');
    const { id, method, path, statements } = kept;
    return { id, method, path, statements: statements.map(toLoggedStatement) };
  }

  /**
   * The plan of one statement, run again with its real parameters. Refused (422 `statement`) for
   * anything but a read, and for a read with a masked parameter: the plan would print its value.
   */
  async explain(requestId: string, index: string): Promise<ExplainResponse['plan']> {
    const statement = this.statement(requestId, index);
    if (!isExplainable(statement)) {
      throw new ValidationFailed({
        statement: ['is not a read without secrets: only those are explained'],
      });
    }
    let text: string;
    try {
      text = await this.repository.explain(statement.sql, statement.parameters);
    } catch (error) {
      if (error instanceof ExplainFailed)
        throw new ValidationFailed({ statement: [`could not be explained: ${error.message}`] });
      throw error;
    }
    const indexes = await this.repository.indexesOf(scannedTables(text));
    return { text, sequentialScans: findSequentialScans(text, indexes) };
  }

  demoSwitches(): DemoSwitches {
    return { nPlusOneArticleList: this.switchboard.nPlusOneArticleList };
  }

  flipDemoSwitches(changes: Partial<DemoSwitches>): DemoSwitches {
    if (changes.nPlusOneArticleList !== undefined)
      this.switchboard.nPlusOneArticleList = changes.nPlusOneArticleList;
    return this.demoSwitches();
  }

  /** `index` as the path gives it: anything but a statement's position is a statement not found. */
  private statement(requestId: string, index: string): RanStatement {
    const { statements } = this.recentRequests.find(requestId) ?? {};
    if (!statements) throw new NotFound('request');
    const statement = /^\d+$/.test(index) ? statements[Number(index)] : undefined;
    if (!statement) throw new NotFound('statement');
    return statement;
  }
}

function toLoggedStatement(statement: RanStatement, index: number): LoggedStatement {
  const { sql, durationMs, rows, prepared } = statement;
  const { parameters } = showParameters(sql, statement.parameters);
  const explainable = isExplainable(statement);
  return { index, sql, parameters, durationMs, rows, prepared, explainable };
}

function isExplainable({ sql, parameters }: RanStatement): boolean {
  return isExplainableRead(sql) && !showParameters(sql, parameters).isAnyMasked;
}
