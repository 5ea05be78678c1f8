# The layers of PixelChain, enforced by the build (README, "Layout").
#
#   core (one library per folder) ← ui/export ← ui/widgets ← ui/adapters ← ui/pages/* ← ui/shell ← app
#
# Every library says its layer with pixelchain_layer(). Two rules follow from it:
# - at configure time, a target may link only targets of a lower layer; the core's folders may
#   link each other (their own links say how);
# - at build time, before a target compiles, every #include "core/…", "ui/…" or "app/…" in its
#   folder must name its own folder or the folder of a target it links (directly or through
#   others). A page that includes another page's header, or a widget that includes an adapter,
#   stops the build with the file, the line and the folders it may use.

set(PIXELCHAIN_LAYER_RANKS core export widgets adapters page shell app)

# pixelchain_layer(<target> <layer>): <target>'s sources live in its CMakeLists' folder.
function(pixelchain_layer target layer)
  if(NOT layer IN_LIST PIXELCHAIN_LAYER_RANKS)
    message(FATAL_ERROR "pixelchain_layer(${target}): unknown layer '${layer}'")
  endif()
  set_target_properties(${target} PROPERTIES PIXELCHAIN_LAYER ${layer})
  set_property(GLOBAL APPEND PROPERTY PIXELCHAIN_LAYERED_TARGETS ${target})
endfunction()

# Every pixelchain target reachable from <target> through its link libraries, without <target>.
function(_pixelchain_link_closure target out)
  set(seen "")
  set(queue ${target})
  while(queue)
    list(POP_FRONT queue current)
    set(links "")
    get_target_property(type ${current} TYPE)
    if(NOT type STREQUAL "INTERFACE_LIBRARY")
      get_target_property(direct ${current} LINK_LIBRARIES)
      if(direct)
        list(APPEND links ${direct})
      endif()
    endif()
    get_target_property(public ${current} INTERFACE_LINK_LIBRARIES)
    if(public)
      list(APPEND links ${public})
    endif()
    foreach(link IN LISTS links)
      string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
      if(link MATCHES "^pixelchain" AND TARGET ${link} AND NOT link IN_LIST seen
         AND NOT link STREQUAL target)
        list(APPEND seen ${link})
        list(APPEND queue ${link})
      endif()
    endforeach()
  endwhile()
  set(${out} ${seen} PARENT_SCOPE)
endfunction()

function(_pixelchain_folder target out)
  get_target_property(dir ${target} SOURCE_DIR)
  file(RELATIVE_PATH folder ${PROJECT_SOURCE_DIR} ${dir})
  set(${out} ${folder} PARENT_SCOPE)
endfunction()

# Called once, after every target exists.
function(pixelchain_check_layers)
  get_property(targets GLOBAL PROPERTY PIXELCHAIN_LAYERED_TARGETS)
  foreach(target IN LISTS targets)
    get_target_property(layer ${target} PIXELCHAIN_LAYER)
    list(FIND PIXELCHAIN_LAYER_RANKS ${layer} rank)
    _pixelchain_folder(${target} folder)
    _pixelchain_link_closure(${target} closure)
    set(allowed ${folder})
    foreach(dependency IN LISTS closure)
      get_target_property(dependency_layer ${dependency} PIXELCHAIN_LAYER)
      if(NOT dependency_layer)
        continue() # an umbrella or helper target: its members are in the closure themselves
      endif()
      list(FIND PIXELCHAIN_LAYER_RANKS ${dependency_layer} dependency_rank)
      if(NOT dependency_rank LESS rank AND NOT (layer STREQUAL "core" AND dependency_layer STREQUAL "core"))
        message(FATAL_ERROR "${target} (layer ${layer}) links ${dependency} (layer ${dependency_layer}): "
          "a target may use only lower layers (cmake/layers.cmake; README, Layout)")
      endif()
      _pixelchain_folder(${dependency} dependency_folder)
      list(APPEND allowed ${dependency_folder})
    endforeach()
    list(REMOVE_DUPLICATES allowed)
    list(SORT allowed)

    file(GLOB files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/${folder}/*.h ${PROJECT_SOURCE_DIR}/${folder}/*.cpp)
    set(manifest ${PROJECT_BINARY_DIR}/layers/${target}.cmake)
    set(stamp ${PROJECT_BINARY_DIR}/layers/${target}.stamp)
    file(WRITE ${manifest}
      "set(LAYER_TARGET \"${target}\")\nset(LAYER_ALLOWED \"${allowed}\")\n"
      "set(LAYER_FILES \"${files}\")\nset(LAYER_ROOT \"${PROJECT_SOURCE_DIR}\")\n")
    add_custom_command(OUTPUT ${stamp}
      COMMAND ${CMAKE_COMMAND} -DMANIFEST=${manifest} -P ${PROJECT_SOURCE_DIR}/cmake/check_includes.cmake
      COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
      DEPENDS ${files} ${manifest} ${PROJECT_SOURCE_DIR}/cmake/check_includes.cmake
      COMMENT "Checking the includes of ${target} against its layer"
      VERBATIM)
    add_custom_target(${target}_layering DEPENDS ${stamp})
    add_dependencies(${target} ${target}_layering)
  endforeach()
endfunction()
