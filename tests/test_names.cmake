# Every test's name in CTest's list reads as what it tests: a parameterised Google Test whose
# parameter has no printer is listed with a hex dump of the struct ("160-byte object <10-00 …>"),
# pointers included, so that its name changed with every build.
execute_process(COMMAND ${CTEST} --show-only WORKING_DIRECTORY ${DIR}
                OUTPUT_VARIABLE listed RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "ctest --show-only in ${DIR} failed (${status})")
endif()
string(REGEX MATCHALL "[^\n]*-byte object <[^\n]*" dumps "${listed}")
list(LENGTH dumps count)
if(count GREATER 0)
    list(GET dumps 0 first)
    message(FATAL_ERROR "${count} test names hold a hex dump of their parameter; give it a "
                        "PrintTo. The first:\n${first}")
endif()
string(REGEX MATCHALL "Test +#[0-9]+:" tests "${listed}")
list(LENGTH tests total)
if(total LESS 100)
    message(FATAL_ERROR "only ${total} tests listed in ${DIR}: the list was not read")
endif()
message(STATUS "${total} test names, none with a hex dump")
