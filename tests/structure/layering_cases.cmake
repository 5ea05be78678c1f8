# cmake -DCHECK=<check_includes.cmake> -DWORK=<scratch folder> -P layering_cases.cmake
#
# Each case writes one file into a made-up page folder, runs the check with the folders that page
# may include, and compares the outcome (and, for a refusal, the file:line it names).
cmake_minimum_required(VERSION 3.25)

set(failures 0)
# case(<name> <line of the file> <expected: pass|fail>)
function(run_case name line expected)
  set(folder ${WORK}/${name}/ui/pages/models)
  file(REMOVE_RECURSE ${WORK}/${name})
  file(MAKE_DIRECTORY ${folder})
  file(WRITE ${folder}/view.h "#pragma once\n// a made-up header\n${line}\n")
  file(WRITE ${WORK}/${name}/manifest.cmake
    "set(LAYER_TARGET \"pixelchain_page_models\")\n"
    "set(LAYER_ALLOWED \"core/models;ui/adapters;ui/pages/models;ui/widgets\")\n"
    "set(LAYER_FILES \"${folder}/view.h\")\nset(LAYER_ROOT \"${WORK}/${name}\")\n")
  execute_process(COMMAND ${CMAKE_COMMAND} -DMANIFEST=${WORK}/${name}/manifest.cmake -P ${CHECK}
    RESULT_VARIABLE result ERROR_VARIABLE error)
  if(expected STREQUAL "pass" AND NOT result EQUAL 0)
    message(SEND_ERROR "${name}: refused, but the target links that folder:\n${error}")
  elseif(expected STREQUAL "fail")
    if(result EQUAL 0)
      message(SEND_ERROR "${name}: let through an include of a folder the target does not link")
    elseif(NOT error MATCHES "ui/pages/models/view.h:3 includes")
      message(SEND_ERROR "${name}: refused without naming the file and line:\n${error}")
    endif()
  endif()
endfunction()

run_case(own_folder "#include \"ui/pages/models/model_chart.h\"" pass)
run_case(linked_adapter "#include \"ui/adapters/model_library.h\"" pass)
run_case(linked_core "#  include \"core/models/nade.h\"" pass)
run_case(system_header "#include <QWidget>" pass)
run_case(another_page "#include \"ui/pages/density/score_panel.h\"" fail)
run_case(another_page_spaced "  #  include \"ui/pages/sampling/sample_stage.h\"" fail)
run_case(upper_layer "#include \"ui/shell/main_window.h\"" fail)
run_case(unlinked_core "#include \"core/training/trainer.h\"" fail)
