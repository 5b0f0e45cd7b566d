# Layers, one way, enforced by the build.
#
# Each folder of src/ is one static library that may use only the layers below
# it. Sources include headers by folder ("speech/SpeechModel.h"), and a layer's
# include path holds links to its own folder and to the folders of the layers
# it links, nothing else: an upward #include does not compile.
#
#   lectern_layer(<target> <folder> [DEPENDS <layer targets>...])
#
# The transitive folders of DEPENDS are allowed too (a prompter header includes
# a speech header, which includes a document header).
function(lectern_layer target folder)
    cmake_parse_arguments(arg "" "" "DEPENDS" ${ARGN})
    set(folders ${folder})
    foreach(dep IN LISTS arg_DEPENDS)
        get_property(dep_folders TARGET ${dep} PROPERTY LECTERN_LAYER_FOLDERS)
        list(APPEND folders ${dep_folders})
    endforeach()
    list(REMOVE_DUPLICATES folders)
    set_property(TARGET ${target} PROPERTY LECTERN_LAYER_FOLDERS ${folders})

    set(root ${CMAKE_BINARY_DIR}/layers/${target})
    file(REMOVE_RECURSE ${root})
    file(MAKE_DIRECTORY ${root})
    foreach(f IN LISTS folders)
        file(CREATE_LINK ${CMAKE_SOURCE_DIR}/src/${f} ${root}/${f} SYMBOLIC)
    endforeach()
    target_include_directories(${target} PRIVATE ${root})
    target_link_libraries(${target} PUBLIC ${arg_DEPENDS})
endfunction()

# A layer whose C++ types QML uses is also a QML module, Lectern.<Name>, so that
# each layer registers its own types (QML_ELEMENT) and no layer compiles another's.
function(lectern_qml_layer target uri)
    string(REPLACE "." "/" path ${uri})
    qt_add_qml_module(${target}
        URI ${uri}
        VERSION 1.0
        RESOURCE_PREFIX /qt/qml
        OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/qml/${path}
        ${ARGN})
    # qmltyperegistrations includes each type's header by its bare name.
    target_include_directories(${target} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
endfunction()
