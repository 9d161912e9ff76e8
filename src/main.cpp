#include "cli/cli.hpp"

int main(int argc, char** argv) {
  return plancheck::run_cli(argc, argv);
}
