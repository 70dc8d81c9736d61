window.LIBRO_BUSQUEDA.recibir("t-re",{"regader":[1,[4,1,4,1]],"remedi":[1,[6,1,7,1]]});
