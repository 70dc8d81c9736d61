window.LIBRO_BUSQUEDA.recibir("t-am",{"ambient":[1,[38,1,63,1]],"ampliarl":[1,[36,1,54,1]]});
