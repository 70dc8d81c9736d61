window.LIBRO_BUSQUEDA.recibir("t-06",{"06":[1,[38,1,64,1]]});
