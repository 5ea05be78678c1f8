// libFuzzer target: the arguments of `pixelchain-cli params` (app/cli/commands.h). The input is
// split into words at spaces, tabs and newlines, as a shell would hand them over. Every word list
// ends in an answer (exit 0, something printed) or a refusal (exit 2, a message on stderr);
// nothing is thrown and nothing else is returned.
#include "app/cli/commands.h"

#include <cstdint>
#include <cstdlib>
#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    pixelchain::cli::Words words;
    std::string word;
    for (std::size_t i = 0; i <= size; ++i) {
        const char c = i < size ? static_cast<char>(data[i]) : ' ';
        if (c == ' ' || c == '\t' || c == '\n') {
            if (!word.empty())
                words.push_back(std::move(word));
            word.clear();
        } else {
            word.push_back(c);
        }
    }
    std::ostringstream out, err;
    const int code = pixelchain::cli::runParams(words, out, err);
    const bool answered = code == 0 && !out.str().empty() && err.str().empty();
    const bool refused = code == 2 && !err.str().empty();
    if (!answered && !refused)
        std::abort();
    return 0;
}
