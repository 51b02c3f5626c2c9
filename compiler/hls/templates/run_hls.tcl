# Vitis HLS project for the guacc design @TOP@.
# Run from this folder:  vitis_hls -f run_hls.tcl
open_project -reset proj_@TOP@
set_top @TOP@
add_files @TOP@.c
add_files -tb tb_@TOP@.c
open_solution -reset solution1 -flow_target vivado
set_part {@PART@}
create_clock -period @CLOCK@ -name default
csim_design
csynth_design
cosim_design
export_design -format ip_catalog
exit
