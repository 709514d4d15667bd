"""A command on a new pseudo-terminal, for the REPL's timing scripts (first-prompt.py, first-request.py)."""
import fcntl
import os
import pty
import struct
import termios
import time


def spawn(argv):
    """Starts the command on a new pseudo-terminal of 120x40; returns its pid and the terminal's fd."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(argv[0], argv)
    # A real terminal's size: with none, the line editor would shorten the prompt to fit zero columns.
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    return pid, fd


def end(pid, fd):
    """Waits up to 5 s for the command to leave, then kills it; closes the terminal."""
    for _ in range(100):
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.05)
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    os.close(fd)
