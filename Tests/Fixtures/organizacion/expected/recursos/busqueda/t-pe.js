window.LIBRO_BUSQUEDA.recibir("t-pe",{"pendient":[1,[38,1,64,9]],"percib":[1,[38,1,62,1]],"periodicidad":[1,[38,1,65,1]],"person":[4,[39,1,68,1,2,1,9,1,3,1,11,1,2,1,6,1]]});
