window.LIBRO_BUSQUEDA.recibir("t-va",{"van":[1,[4,1,4,1]]});
