import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';

/** The LSP shapes the test reads, as the protocol defines them (positions are 0-based). */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
}
export interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}
export interface CodeAction {
  title: string;
  kind?: string;
  command?: Command;
}
interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: { textDocument: { uri: string }; edits: TextEdit[] }[];
}

const serverBin = join(
  dirname(createRequire(import.meta.url).resolve('vscode-langservers-extracted/package.json')),
  'bin',
  'vscode-eslint-language-server',
);

/** Applies LSP text edits to a text; edits refer to the text before any of them, so apply from the end. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
  const offset = (position: Position) => (lineStarts[position.line] ?? text.length) + position.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  }
  return result;
}

/**
 * A headless editor for the VS Code ESLint language server (`vscode-eslint-language-server --stdio`), speaking
 * the handshake in research/toolchain-checked.md §5: pull diagnostics, a complete settings object for every
 * `workspace/configuration` item, answers to the server's custom requests, and `workspace/applyEdit` applied to
 * the open documents the way VS Code applies it.
 */
export class EslintLanguageServer {
  /** `eslint/*` requests and notifications the server sent (`eslint/noLibrary`, `eslint/status`, …), in order. */
  readonly events: { method: string; params: unknown }[] = [];
  /** `window/logMessage` texts, for a failure message. */
  readonly log: string[] = [];
  /** Every `workspace/applyEdit` the server asked for. */
  readonly appliedEdits: WorkspaceEdit[] = [];
  private readonly documents = new Map<string, { text: string; version: number }>();

  private constructor(
    private readonly workspace: string,
    private readonly child: ChildProcessByStdio<Writable, Readable, Readable>,
    private readonly connection: MessageConnection,
  ) {}

  static async start(workspace: string): Promise<EslintLanguageServer> {
    const child = spawn(process.execPath, [serverBin, '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const server = new EslintLanguageServer(workspace, child, connection);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => server.log.push(`[stderr] ${chunk}`));
    server.listen();
    connection.listen();
    const uri = pathToFileURL(workspace).href;
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'workspace' }],
      capabilities: {
        workspace: { configuration: true, applyEdit: true, workspaceFolders: true },
        textDocument: {
          diagnostic: {},
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll.eslint'] } } },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    return server;
  }

  /** The settings VS Code sends for one file; the server has no defaults, so every key is given. */
  private settings(): Record<string, unknown> {
    return {
      validate: 'on',
      packageManager: 'npm',
      useESLintClass: false,
      useFlatConfig: true,
      experimental: { useFlatConfig: false },
      codeActionOnSave: { enable: false, mode: 'all' },
      format: false,
      quiet: false,
      onIgnoredFiles: 'off',
      options: {},
      rulesCustomizations: [],
      run: 'onType',
      problems: { shortenToSingleLine: false },
      nodePath: null,
      workingDirectory: { mode: 'location' },
      workspaceFolder: { name: 'workspace', uri: pathToFileURL(this.workspace).href },
      codeAction: {
        disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
        showDocumentation: { enable: true },
      },
    };
  }

  private listen(): void {
    const { connection } = this;
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings()));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/workspaceFolders', () => [{ uri: pathToFileURL(this.workspace).href, name: 'workspace' }]);
    connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      this.appliedEdits.push(params.edit);
      const perDocument = [
        ...Object.entries(params.edit.changes ?? {}),
        ...(params.edit.documentChanges ?? []).map((change) => [change.textDocument.uri, change.edits] as const),
      ];
      for (const [uri, edits] of perDocument) {
        const document = this.documents.get(uri);
        if (!document) return { applied: false, failureReason: `not open: ${uri}` };
        document.text = applyTextEdits(document.text, edits);
      }
      return { applied: true };
    });
    for (const method of ['eslint/noLibrary', 'eslint/noConfig', 'eslint/probeFailed', 'eslint/openDoc', 'eslint/confirmESLintExecution']) {
      connection.onRequest(method, (params: unknown) => {
        this.events.push({ method, params });
        return {};
      });
    }
    connection.onNotification('eslint/status', (params: unknown) => this.events.push({ method: 'eslint/status', params }));
    connection.onNotification('eslint/exitCalled', () => undefined);
    connection.onNotification('window/logMessage', (params: { message: string }) => this.log.push(params.message));
    connection.onNotification('window/showMessage', (params: { message: string }) => this.log.push(`[showMessage] ${params.message}`));
  }

  /** `textDocument/didOpen`; returns the document's URI. */
  async open(path: string, languageId: string, text: string): Promise<string> {
    const uri = pathToFileURL(path).href;
    this.documents.set(uri, { text, version: 1 });
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** The client's current text of an open document (changed by `workspace/applyEdit`). */
  text(uri: string): string {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`not open: ${uri}`);
    return document.text;
  }

  /** `textDocument/didChange` with the full text, as VS Code sends after an edit. */
  async change(uri: string, text: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`not open: ${uri}`);
    document.text = text;
    document.version += 1;
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: document.version },
      contentChanges: [{ text }],
    });
  }

  /** Pull diagnostics (`textDocument/diagnostic`): the only way this server reports them. */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest<{ kind: string; items?: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri },
    });
    if (report.kind !== 'full') throw new Error(`expected a full diagnostic report, got ${JSON.stringify(report)}`);
    return report.items ?? [];
  }

  /** `textDocument/codeAction` for one diagnostic, quick fixes only (the light bulb in the editor). */
  async quickFixes(uri: string, diagnostic: Diagnostic): Promise<(Command | CodeAction)[]> {
    const actions = await this.connection.sendRequest<(Command | CodeAction)[] | null>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    return actions ?? [];
  }

  /** `workspace/executeCommand`; the server answers with `workspace/applyEdit`, applied to the document here. */
  async execute(command: Command): Promise<void> {
    await this.connection.sendRequest('workspace/executeCommand', { command: command.command, arguments: command.arguments });
  }

  /** `shutdown` and `exit`, as an editor closes; the process is killed if it has not answered within 5 s. */
  async stop(): Promise<void> {
    try {
      await Promise.race([
        this.connection.sendRequest('shutdown').then(() => this.connection.sendNotification('exit')),
        sleep(5_000, undefined, { ref: false }),
      ]);
    } finally {
      this.connection.dispose();
      if (this.child.exitCode === null) this.child.kill();
    }
  }
}

/** A code action's command, whether the server sent a bare `Command` or a `CodeAction` carrying one. */
export function commandOf(action: Command | CodeAction): Command | undefined {
  return typeof (action as Command).command === 'string' ? (action as Command) : (action as CodeAction).command;
}
