window.LIBRO_BUSQUEDA.recibir("t-ra",{"radi":[1,[38,1,64,1]]});
