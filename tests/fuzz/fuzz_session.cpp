// libFuzzer target: session files (core/session/session.h). Any text is refused with a
// SessionError, or it gives a session that writes and reads back unchanged: writing never refuses a
// session that reading accepted, and the written text is a fixed point.
#include "core/session/session.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace pixelchain::session;
    Session session;
    try {
        session = parseSession({reinterpret_cast<const char*>(data), size});
    } catch (const SessionError&) {
        return 0;
    }
    const std::string text = writeSession(session);
    const Session again = parseSession(text);
    if (!(again == session) || writeSession(again) != text)
        std::abort();
    return 0;
}
