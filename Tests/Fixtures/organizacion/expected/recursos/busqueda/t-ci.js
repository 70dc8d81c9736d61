window.LIBRO_BUSQUEDA.recibir("t-ci",{"cierr":[1,[38,1,66,1]],"cinc":[1,[14,1,16,1]],"ciudad":[1,[35,1,48,1]]});
