window.LIBRO_BUSQUEDA.recibir("t-es",{"escribi":[1,[1,1,1,1]],"esten":[1,[5,1,6,1]]});
