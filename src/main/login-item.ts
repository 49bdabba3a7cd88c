import { app } from 'electron'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Started by the login item: stay in the tray, open no window. */
export const HIDDEN_FLAG = '--hidden'

export function startedAtLogin(argv = process.argv): boolean {
  if (argv.includes(HIDDEN_FLAG)) return true
  return process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin === true
}

/** Linux has no login-item API: desktops start what `~/.config/autostart` lists (XDG spec). */
export function autostartFile(env = process.env): string {
  const config = env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config')
  return path.join(config, 'autostart', 'follow-through.desktop')
}

const quote = (arg: string) => `"${arg.replace(/(["`$\\])/g, '\\$1')}"`

function linuxCommand(env: NodeJS.ProcessEnv): string[] {
  // An AppImage runs from a temporary mount; APPIMAGE is the file the user keeps.
  if (env.APPIMAGE) return [env.APPIMAGE]
  return app.isPackaged ? [process.execPath] : [process.execPath, app.getAppPath()]
}

/** Turns "start at login" on or off for this user, hidden in the tray. */
export function setStartAtLogin(enabled: boolean, env = process.env): void {
  if (process.platform !== 'linux') {
    app.setLoginItemSettings({ openAtLogin: enabled, args: [HIDDEN_FLAG] })
    return
  }
  const file = autostartFile(env)
  if (!enabled) {
    fs.rmSync(file, { force: true })
    return
  }
  const exec = [...linuxCommand(env), HIDDEN_FLAG].map(quote).join(' ')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(
    file,
    [
      '[Desktop Entry]',
      'Type=Application',
      'Name=Follow-Through',
      'Comment=Reminders for following up after your interviews',
      `Exec=${exec}`,
      'X-GNOME-Autostart-enabled=true',
      '',
    ].join('\n'),
  )
}
