window.LIBRO_BUSQUEDA.recibir("t-pa",{"paquet":[1,[1,1,1,10]],"part":[1,[1,1,1,1]]});
