window.LIBRO_BUSQUEDA.recibir("t-go",{"gobiern":[1,[38,1,64,1]]});
