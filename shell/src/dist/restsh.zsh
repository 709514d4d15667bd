# zsh completion for restsh: zsh runs picocli's bash completion script through bashcompinit.
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
source "${0:A:h}/../bash-completion/completions/restsh"
