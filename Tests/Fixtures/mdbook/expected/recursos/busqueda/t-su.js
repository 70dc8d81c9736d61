window.LIBRO_BUSQUEDA.recibir("t-su",{"superfici":[1,[4,1,4,1]]});
