window.LIBRO_BUSQUEDA.recibir("t-pr",{"principi":[2,[2,1,2,2,1,1,2,16]],"prueben":[1,[2,1,2,1]]});
