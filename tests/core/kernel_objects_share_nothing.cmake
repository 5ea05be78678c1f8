# cmake -DNM=<nm> -DOBJECTS=<a.o;b.o;…> -P kernel_objects_share_nothing.cmake
# Each kernel level is compiled with its own -march. If one of its objects defined a weak symbol
# (an inline function or template that other files also define), the linker could keep that copy
# for every caller, and a CPU without the level's instructions would crash in code outside the
# kernels. So the level objects must define no weak symbol at all.
foreach(object IN LISTS OBJECTS)
  execute_process(COMMAND ${NM} ${object} OUTPUT_VARIABLE symbols RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "nm failed on ${object}")
  endif()
  string(REGEX MATCHALL "[^\n]* [WVuv] [^\n]*" weak "${symbols}")
  if(weak)
    message(FATAL_ERROR "${object} defines weak symbols, which another level's copy could replace:\n${weak}")
  endif()
  message(STATUS "${object}: no weak symbols")
endforeach()
