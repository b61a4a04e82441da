#include "cli/command.hpp"
#include "cli/exit_code.hpp"

#include <exception>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    std::vector<std::string> const words(argv + 1, argv + argc);
    bolwerk::SystemClock const clock;
    try {
        return bolwerk::cli::run_cli(words, std::cout, std::cerr, clock);
    } catch (std::exception const& error) {
        // Our code returns errors as values; reaching this is a bug (STYLE.md 4.5).
        std::cerr << "bolwerk: internal error: " << error.what() << '\n';
        return static_cast<int>(bolwerk::cli::ExitCode::Internal);
    }
}
