window.LIBRO_BUSQUEDA.recibir("t-ig",{"igual":[1,[46,1,92,1]]});
