#include "app/sendmail.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace plancheck {

Delivery deliver(const std::string& command, const std::string& message) {
  Delivery result;
  int in[2];
  int out[2];
  if (pipe(in) != 0) {
    result.status = -1;
    result.output = std::strerror(errno);
    return result;
  }
  if (pipe(out) != 0) {
    result.status = -1;
    result.output = std::strerror(errno);
    close(in[0]);
    close(in[1]);
    return result;
  }
  const pid_t pid = fork();
  if (pid < 0) {
    result.status = -1;
    result.output = std::strerror(errno);
    close(in[0]);
    close(in[1]);
    close(out[0]);
    close(out[1]);
    return result;
  }
  if (pid == 0) {
    dup2(in[0], STDIN_FILENO);
    dup2(out[1], STDOUT_FILENO);
    dup2(out[1], STDERR_FILENO);
    close(in[0]);
    close(in[1]);
    close(out[0]);
    close(out[1]);
    execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  // A command that exits without reading must not kill us with SIGPIPE.
  struct sigaction ignore {};
  struct sigaction previous {};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ignore, &previous);
  fcntl(in[1], F_SETFL, O_NONBLOCK);

  // Write the message and read the output together, so that neither side
  // can block the other whatever their sizes.
  std::size_t written = 0;
  bool writing = true;
  bool reading = true; // a command may close its output and still read the message
  char buffer[4096];
  while (writing || reading) {
    if (writing && written == message.size()) {
      close(in[1]);
      writing = false;
      continue;
    }
    pollfd fds[2] = {{reading ? out[0] : -1, POLLIN, 0}, {writing ? in[1] : -1, POLLOUT, 0}};
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) {
        continue;
      }
      break;
    }
    if (writing && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP)) != 0) {
      const ssize_t n = write(in[1], message.data() + written, message.size() - written);
      if (n > 0) {
        written += static_cast<std::size_t>(n);
      } else if (n < 0 && errno != EAGAIN && errno != EINTR) {
        close(in[1]);
        writing = false; // the command stopped reading; its status will say why
      }
    }
    if ((fds[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
      const ssize_t n = read(out[0], buffer, sizeof buffer);
      if (n > 0) {
        result.output.append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
        reading = false;
      }
    }
  }
  if (writing) {
    close(in[1]);
  }
  close(out[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  sigaction(SIGPIPE, &previous, nullptr);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 && written == message.size();
  return result;
}

} // namespace plancheck
