import type { Command, SessionSettings } from '@parley/shared';
import type { MessageKey } from '../../i18n/catalogs/english.ts';
import { useMessages } from '../../i18n/useMessages.ts';
import { useCommand } from '../../state/useCommand.ts';
import { useSessionMeta } from '../../state/useSessionMeta.ts';
import { useConsole } from '../ConsoleContext.ts';
import { useRequestedValue } from '../state/useRequestedValue.ts';
import { Refusal } from '../ui/Refusal.tsx';

/** The on/off settings (the edit mode is a choice of two, shown as its own switch below). */
type FlagSetting = Exclude<keyof SessionSettings, 'editMode'>;

interface Setting {
  readonly key: keyof SessionSettings;
  readonly label: MessageKey;
  readonly hint: MessageKey;
  readonly testId: string;
  readonly command: (on: boolean) => Command;
}

const SETTINGS: readonly (Setting & { readonly key: FlagSetting })[] = [
  {
    key: 'oneText',
    label: 'console.session.oneText',
    hint: 'console.session.oneTextHint',
    testId: 'console-one-text',
    command: (enabled) => ({ type: 'session.oneText', enabled }),
  },
  {
    key: 'frozen',
    label: 'console.session.freeze',
    hint: 'console.session.freezeHint',
    testId: 'console-freeze',
    command: (frozen) => ({ type: 'session.freeze', frozen }),
  },
  {
    key: 'observersMayExport',
    label: 'console.session.observers',
    hint: 'console.session.observersHint',
    testId: 'console-observers-export',
    command: (allowed) => ({ type: 'session.observersMayExport', allowed }),
  },
  {
    key: 'workingGroupsMayTable',
    label: 'console.session.groupsTable',
    hint: 'console.session.groupsTableHint',
    testId: 'console-groups-table',
    command: (allowed) => ({ type: 'session.workingGroupsMayTable', allowed }),
  },
  {
    key: 'holdersMaySettleSuggestions',
    label: 'console.session.holdersSettle',
    hint: 'console.session.holdersSettleHint',
    testId: 'console-holders-settle',
    command: (allowed) => ({ type: 'session.holdersMaySettleSuggestions', allowed }),
  },
];

/** Issue 14: the session's edit mode is a choice of two, shown as one switch. */
const DELEGATES_SUGGEST: Setting = {
  key: 'editMode',
  label: 'console.session.suggest',
  hint: 'console.session.suggestHint',
  testId: 'console-edit-mode',
  command: (on) => ({ type: 'session.editMode', mode: on ? 'suggest' : 'direct' }),
};

/** Session-wide switches; each one is a command, and the box shows what the document says. */
export function SessionSection() {
  const { roots } = useConsole();
  const { settings } = useSessionMeta(roots);
  return (
    <ul className="mc-list mc-list--plain">
      {SETTINGS.map((setting) => (
        <SettingSwitch key={setting.key} setting={setting} on={settings[setting.key]} />
      ))}
      <SettingSwitch setting={DELEGATES_SUGGEST} on={settings.editMode === 'suggest'} />
    </ul>
  );
}

function SettingSwitch({ setting, on }: { setting: Setting; on: boolean }) {
  const command = useCommand();
  const { text } = useMessages();
  const requested = useRequestedValue(on);
  const id = `mc-setting-${setting.key}`;
  const change = async (value: boolean) => {
    requested.request(value);
    if ((await command.send(setting.command(value))) === null) requested.cancel();
  };
  return (
    <li className="mc-setting">
      <input
        id={id}
        type="checkbox"
        checked={requested.shown}
        disabled={command.pending}
        aria-describedby={`${id}-hint`}
        data-testid={setting.testId}
        onChange={(event) => void change(event.target.checked)}
      />
      <div>
        <label htmlFor={id}>{text(setting.label)}</label>
        <p id={`${id}-hint`} className="mc-hint">
          {text(setting.hint)}
        </p>
        <Refusal error={command.error} />
      </div>
    </li>
  );
}
