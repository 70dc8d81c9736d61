window.LIBRO_BUSQUEDA.recibir("t-ex",{"extern":[1,[0,1,0,1]]});
