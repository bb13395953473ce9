/**
 * The completion scripts `xwgk completion SHELL` prints. Each is a thin shim: it hands the words typed
 * so far to `xwgk __complete` and offers what comes back (or file names on `__files__`), so the
 * commands, options and ids all come from one place, the program itself.
 */
export const BASH = `# xwgk bash completion
# 加载 / load:   source <(xwgk completion bash)
# 长期使用 / keep: xwgk completion bash > ~/.local/share/bash-completion/completions/xwgk
_xwgk_completion() {
  local cur="\${COMP_WORDS[COMP_CWORD]}"
  local IFS=$'\\n'
  local out
  out="$(xwgk __complete "\${COMP_WORDS[@]:1:COMP_CWORD-1}" ":\${cur}" 2>/dev/null)"
  if [[ "$out" == "__files__" ]]; then
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$out" -- "$cur"))
  fi
}
complete -F _xwgk_completion xwgk
`;

export const ZSH = `#compdef xwgk
# xwgk zsh completion
# 加载 / load (after compinit):  source <(xwgk completion zsh)
# 长期使用 / keep: xwgk completion zsh > "\${fpath[1]}/_xwgk"
_xwgk() {
  local out
  local -a candidates
  out="$(xwgk __complete "\${(@)words[2,CURRENT-1]}" ":\${words[CURRENT]}" 2>/dev/null)"
  if [[ "$out" == "__files__" ]]; then
    _files
    return
  fi
  candidates=("\${(@f)out}")
  compadd -a candidates
}
if [[ "\${funcstack[1]}" == "_xwgk" ]]; then
  _xwgk "$@"
else
  compdef _xwgk xwgk
fi
`;

export const POWERSHELL = `# xwgk PowerShell completion
# 加载 / load:   xwgk completion powershell | Out-String | Invoke-Expression
# 长期使用 / keep: add that line to $PROFILE
Register-ArgumentCompleter -Native -CommandName xwgk -ScriptBlock {
  param($wordToComplete, $commandAst, $cursorPosition)
  $words = @()
  foreach ($element in ($commandAst.CommandElements | Select-Object -Skip 1)) {
    if ($element.Extent.EndOffset -lt $cursorPosition) { $words += $element.ToString() }
  }
  $out = @(& xwgk __complete @words ":$wordToComplete" 2>$null)
  if ($out.Count -eq 1 -and $out[0] -eq '__files__') { return $null }
  foreach ($candidate in $out) {
    if ($candidate) { [System.Management.Automation.CompletionResult]::new($candidate, $candidate, 'ParameterValue', $candidate) }
  }
}
`;

export const SHELLS = ['bash', 'zsh', 'powershell'] as const;

export const SCRIPTS: Record<(typeof SHELLS)[number], string> = { bash: BASH, zsh: ZSH, powershell: POWERSHELL };
