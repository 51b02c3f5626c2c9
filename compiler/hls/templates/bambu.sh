#!/bin/sh
# Bambu HLS for the guacc design @TOP@ (testbench vectors in tb_@TOP@.xml).
# Run from anywhere:  sh bambu.sh
set -e
cd "$(dirname "$0")"
bambu @TOP@.c --top-fname=@TOP@ --clock-period=@CLOCK@ --device-name=@DEVICE@ \
    --generate-tb=tb_@TOP@.xml --simulate "$@"
