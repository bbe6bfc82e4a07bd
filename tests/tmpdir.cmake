# Run by CTest around the tests (see CMakeLists.txt) with cmake -P: MODE=empty leaves DIR an
# empty folder; MODE=check fails, naming them, if the tests left anything in it.
if(MODE STREQUAL "empty")
    file(REMOVE_RECURSE "${DIR}")
    file(MAKE_DIRECTORY "${DIR}")
elseif(MODE STREQUAL "check")
    file(GLOB_RECURSE left LIST_DIRECTORIES true RELATIVE "${DIR}" "${DIR}/*")
    # gdlab drawing with no display and no XDG_RUNTIME_DIR makes Qt's runtime folder there on
    # purpose, once per user (gdlab-runtime-UID), as Qt itself would (/tmp/runtime-USER); it is
    # not a test's file.
    list(FILTER left EXCLUDE REGEX "^gdlab-runtime-[0-9]+(/.*)?$")
    if(left)
        list(JOIN left "\n  " shown)
        message(FATAL_ERROR
                "The tests left these in their TMPDIR, ${DIR}. Every file a test writes belongs "
                "in a temporary folder of its own (QTemporaryDir, mkdtemp) that it removes:\n"
                "  ${shown}")
    endif()
else()
    message(FATAL_ERROR "MODE must be empty or check")
endif()
