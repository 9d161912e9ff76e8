#include "app/sendmail.hpp"

#include "app/unique_fd.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <string_view>
#include <sys/wait.h>
#include <unistd.h>

namespace plancheck {
namespace {

// While it lives, SIGPIPE is ignored: a command that exits without reading
// must not kill us.
class SigpipeIgnored {
public:
  SigpipeIgnored() {
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ignore, &m_previous);
  }
  ~SigpipeIgnored() { sigaction(SIGPIPE, &m_previous, nullptr); }
  SigpipeIgnored(const SigpipeIgnored&) = delete;
  SigpipeIgnored& operator=(const SigpipeIgnored&) = delete;
  SigpipeIgnored(SigpipeIgnored&&) = delete;
  SigpipeIgnored& operator=(SigpipeIgnored&&) = delete;

private:
  struct sigaction m_previous {};
};

// A delivery that could not start, saying why (errno).
Delivery could_not_run() {
  Delivery result;
  result.status = -1;
  result.output = std::strerror(errno);
  return result;
}

// In the child: run `command` through /bin/sh reading `input` and writing
// both its outputs to `output`.
[[noreturn]] void exec_command(const std::string& command, Pipe& input, Pipe& output) {
  dup2(input.read.get(), STDIN_FILENO);
  dup2(output.write.get(), STDOUT_FILENO);
  dup2(output.write.get(), STDERR_FILENO);
  input.read.reset();
  input.write.reset();
  output.read.reset();
  output.write.reset();
  execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
  _exit(127);
}

// Write to `fd` what it takes of `message` past `written`; when the
// command stops reading, close it: its exit status will say why.
void write_some(UniqueFd& fd, std::string_view message, std::size_t& written) {
  const ssize_t n = write(fd.get(), message.data() + written, message.size() - written);
  if (n > 0) {
    written += static_cast<std::size_t>(n);
  } else if (n < 0 && errno != EAGAIN && errno != EINTR) {
    fd.reset();
  }
}

// Append to `output` what `fd` has; at its end, close it.
void read_some(UniqueFd& fd, std::string& output) {
  char buffer[4096];
  const ssize_t n = read(fd.get(), buffer, sizeof buffer);
  if (n > 0) {
    output.append(buffer, static_cast<std::size_t>(n));
  } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
    fd.reset();
  }
}

// Write `message` to `to_command` and read `from_command` into `output`
// together, so that neither side can block the other whatever their sizes;
// a command may close its output and still read the message. Return how
// much of the message was written.
std::size_t exchange(UniqueFd to_command, UniqueFd from_command, std::string_view message,
                     std::string& output) {
  fcntl(to_command.get(), F_SETFL, O_NONBLOCK);
  std::size_t written = 0;
  while (to_command.valid() || from_command.valid()) {
    if (to_command.valid() && written == message.size()) {
      to_command.reset(); // the end of the message
      continue;
    }
    pollfd fds[2] = {{from_command.get(), POLLIN, 0}, {to_command.get(), POLLOUT, 0}};
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) {
        continue;
      }
      break;
    }
    if (to_command.valid() && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP)) != 0) {
      write_some(to_command, message, written);
    }
    if (from_command.valid() && (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
      read_some(from_command, output);
    }
  }
  return written;
}

// Wait for the child `pid` to end; return its wait status.
int wait_for(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

} // namespace

Delivery deliver(const std::string& command, const std::string& message) {
  Pipe input = open_pipe();
  if (!input.read.valid()) {
    return could_not_run();
  }
  Pipe output = open_pipe();
  if (!output.read.valid()) {
    return could_not_run();
  }
  const pid_t pid = fork();
  if (pid < 0) {
    return could_not_run();
  }
  if (pid == 0) {
    exec_command(command, input, output);
  }
  // Our ends only: the command's output ends when the command's end closes.
  input.read.reset();
  output.write.reset();

  const SigpipeIgnored sigpipe_ignored;
  Delivery result;
  const std::size_t written =
      exchange(std::move(input.write), std::move(output.read), message, result.output);
  const int status = wait_for(pid);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 && written == message.size();
  return result;
}

} // namespace plancheck
