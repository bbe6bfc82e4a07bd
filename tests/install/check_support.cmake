# What the install checks share (included by check_install.cmake and check_deb.cmake): a scratch
# folder in TMPDIR, named `scratch` for the including script, a fail() that removes it first (a red
# test leaves nothing behind), and run(), which fails with a command's output unless it exits 0.

# Sets `scratch` to a fresh folder name "<TMPDIR or /tmp>/gdlab-<what>-<random>".
macro(make_scratch_name what)
    string(RANDOM LENGTH 8 suffix)
    set(scratch "$ENV{TMPDIR}/gdlab-${what}-${suffix}")
    if(NOT DEFINED ENV{TMPDIR} OR "$ENV{TMPDIR}" STREQUAL "")
        set(scratch "/tmp/gdlab-${what}-${suffix}")
    endif()
endmacro()

function(fail)
    file(REMOVE_RECURSE "${scratch}")
    list(JOIN ARGN "" text)
    message(FATAL_ERROR "${text}")
endfunction()

# Runs a command, failing with its output unless it exits 0; OUT receives stdout and stderr.
function(run out)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE text
                    ERROR_VARIABLE text)
    if(NOT status EQUAL 0)
        list(JOIN ARGN " " shown)
        fail("'${shown}' failed (${status}):\n${text}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()
